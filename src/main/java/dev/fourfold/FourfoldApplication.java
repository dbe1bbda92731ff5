package dev.fourfold;

import dev.fourfold.cli.EvaluateCommand;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FourfoldApplication {

    public static void main(String[] args) {
        // Commands run before Spring is touched: no server, no database, and nothing logged to standard output.
        if (args.length > 0 && args[0].equals("evaluate")) {
            System.exit(new EvaluateCommand(System.out, System.err)
                    .run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(FourfoldApplication.class, args);
    }

    /** The one place the server reads the time; domain code is given "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
