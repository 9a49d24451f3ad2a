package org.vocbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** VocBridge: the platform for international cooperation in vocational education and training. */
@SpringBootApplication
public class VocBridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(VocBridgeApplication.class, args);
    }
}
