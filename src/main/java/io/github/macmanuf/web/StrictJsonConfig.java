package io.github.macmanuf.web;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON bodies take a string only where a string is given: {@code "manuf":1} or {@code "manuf_desc":true} is a
 * 400 naming the field, not an entry called "1" (Jackson turns numbers and booleans into strings by default).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfig {

	@Bean
	JsonMapperBuilderCustomizer noScalarToStringCoercion() {
		return (builder) -> builder.withCoercionConfig(LogicalType.Textual, (config) -> config
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

}
