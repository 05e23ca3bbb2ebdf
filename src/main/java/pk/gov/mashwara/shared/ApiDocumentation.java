package pk.gov.mashwara.shared;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/openapi} (browsable at {@code /api/docs}). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Mashwara API", version = "1",
        description = "Drafts and versions of the NSMCWG draft-review portal. Sign in with your portal user name "
                + "and password (HTTP Basic). Errors are JSON objects with a status, an error code and a message."))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocumentation {
}
