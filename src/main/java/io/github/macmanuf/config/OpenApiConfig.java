package io.github.macmanuf.config;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: title, the relative server (so Swagger UI calls whatever host serves it), the
 * bearer scheme the write operations require and the problem schema of every error. Operations are described
 * on the controllers; {@link CommonResponses} adds the answers that do not come from them.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

	/** Name of the security scheme write operations refer to. */
	public static final String BEARER = "bearer";

	/** Reference to the RFC 9457 problem schema every error answer uses. */
	public static final String PROBLEM = "#/components/schemas/Problem";

	@Bean
	OpenAPI manufOpenApi() {
		return new OpenAPI()
			.info(new Info().title("mac-manuf")
				.version("1")
				.description("Who made this network interface? Names the manufacturer of a MAC address from "
						+ "Wireshark's manuf and wka registries, plus entries users add. Reads are open; writes "
						+ "need the API token: Authorize, then paste the value of MANUF_API_TOKEN."))
			.servers(List.of(new Server().url("/").description("this service")))
			.tags(List.of(new Tag().name("lookup").description("Who made this network interface?"),
					new Tag().name("registry").description("Search the registry and see what it holds"),
					new Tag().name("user entries")
						.description("Add, replace and remove your own entries (API token required)")))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("The API token the service was started with (MANUF_API_TOKEN)"))
				.addSchemas("Problem", CommonResponses.problemSchema()));
	}

	@Bean
	OpenApiCustomizer commonResponses() {
		return CommonResponses::addTo;
	}

}
