package dev.fourfold;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FourfoldApplication {

    public static void main(String[] args) {
        SpringApplication.run(FourfoldApplication.class, args);
    }

    /** The one place the server reads the time; domain code is given "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
