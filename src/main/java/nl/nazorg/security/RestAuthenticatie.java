package nl.nazorg.security;

import org.apache.catalina.core.StandardHost;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters behind Spring Security's chain ({@link Beveiliging}, which decides who is logged in): Camunda's
 * {@code ProcessEngineAuthenticationFilter} hands /engine-rest's user to the engine, {@link ApiToegang} guards the
 * shape of /api/v1 requests. Tomcat's own refusals of /api/v1 requests become problem documents.
 */
@Configuration
public class RestAuthenticatie {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.addInitParameter("authentication-provider", EngineRestAanmelding.class.getName());
        registratie.setName("engine-rest-authenticatie");
        registratie.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registratie;
    }

    @Bean
    FilterRegistrationBean<ApiToegang> apiToegang() {
        FilterRegistrationBean<ApiToegang> registratie = new FilterRegistrationBean<>(new ApiToegang());
        registratie.addUrlPatterns("/api/v1/*");
        registratie.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registratie;
    }

    /** The host's error report valve is added when the host starts, after every other valve: it reports first. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiFoutrapport() {
        return factory -> factory.addContextCustomizers(context ->
                ((StandardHost) context.getParent()).setErrorReportValveClass(ApiFoutrapport.class.getName()));
    }
}
