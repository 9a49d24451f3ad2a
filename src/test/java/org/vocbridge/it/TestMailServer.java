package org.vocbridge.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free port, that the integration tests' one
 * application context sends its e-mail to; it takes every message and keeps it to be read.
 */
final class TestMailServer {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    private TestMailServer() {}

    static int port() {
        return SMTP.getSmtp().getPort();
    }
}
