package org.vocbridge.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.shared.security.CurrentUser;

/** The OpenAPI document at {@code /v3/api-docs}. */
@Configuration
class OpenApiConfig {

    static {
        // resolved from the security context, not sent by clients
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    /** With a configured public address, the API is described at it; otherwise at the address asked. */
    @Bean
    OpenAPI vocBridgeOpenApi(PublicAddress address) {
        OpenAPI api = new OpenAPI()
                .info(new Info()
                        .title("VocBridge API")
                        .version("v1")
                        .description("The directory, cooperation, library, observatory, surveys, taxonomies and "
                                + "search of VocBridge. Reading public records is open; writes need a personal API token (Account → API tokens) sent as "
                                + "Authorization: Bearer <token>. Errors are RFC 9457 problem details.")
                        .contact(new Contact().name("VocBridge maintainers (security reports: see SECURITY.md)"))
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
        if (address.configured() != null) {
            api.addServersItem(new Server().url(address.configured()).description("VocBridge"));
        }
        return api;
    }
}
