package io.kiosque.http;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Declares the bearer scheme of the editorial API; title, version and license come from configuration. */
@OpenAPIDefinition(info = @Info(title = "Kiosque content API", version = "1.0.0"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A Kiosque API token (`kq_...`), created by an admin with POST /api/v1/tokens. Each token has a "
                + "role: contributor, editor or admin.")
public class KiosqueApplication extends Application {
}
