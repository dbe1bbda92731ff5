package dev.fourfold;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FourfoldApplication {

    public static void main(String[] args) {
        SpringApplication.run(FourfoldApplication.class, args);
    }
}
