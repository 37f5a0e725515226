package io.github.macmanuf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of mac-manuf: a REST service that names the manufacturer of a MAC address. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ManufApplication {

	public static void main(String[] args) {
		SpringApplication.run(ManufApplication.class, args);
	}

}
