package dev.fourfold.evaluation;

import dev.fourfold.scoring.ScoringEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the plain-Java scoring engine a bean; the engine itself knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    @Bean
    ScoringEngine scoringEngine() {
        return new ScoringEngine();
    }
}
