package dev.fourfold.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets an encoded slash ({@code %2F}) in an address through Tomcat unchanged, so that the security firewall refuses
 * it and the caller gets the application's error answer instead of Tomcat's own HTML page.
 */
@Component
class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
