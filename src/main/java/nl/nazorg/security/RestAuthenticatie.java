package nl.nazorg.security;

import org.apache.catalina.core.StandardHost;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The REST APIs need a login: Camunda's (stack note 11) and the product's /api/v1, both HTTP Basic against
 * Camunda's identity through {@link Aanmeldingen}, 401 without.
 * In front of it, the two mitigations for flaws of 7.24 CE that receive no patch. Behind it, Tomcat's own refusals of
 * /api/v1 requests as problem documents.
 */
@Configuration
public class RestAuthenticatie {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie(Aanmeldingen aanmeldingen) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new EngineRestAanmelding(aanmeldingen));
        registratie.addUrlPatterns("/engine-rest/*");
        // Camunda's filter requires a provider class; EngineRestAanmelding replaces it by one that uses Aanmeldingen.
        registratie.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registratie.setName("engine-rest-authenticatie");
        return registratie;
    }

    @Bean
    FilterRegistrationBean<ApiToegang> apiToegang(Aanmeldingen aanmeldingen) {
        FilterRegistrationBean<ApiToegang> registratie = new FilterRegistrationBean<>(new ApiToegang(aanmeldingen));
        registratie.addUrlPatterns("/api/v1/*");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registratie;
    }

    /** The host's error report valve is added when the host starts, after every other valve: it reports first. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiFoutrapport() {
        return factory -> factory.addContextCustomizers(context ->
                ((StandardHost) context.getParent()).setErrorReportValveClass(ApiFoutrapport.class.getName()));
    }

    @Bean
    FilterRegistrationBean<AdminSetupAfgesloten> adminSetupAfgesloten() {
        FilterRegistrationBean<AdminSetupAfgesloten> registratie = new FilterRegistrationBean<>(new AdminSetupAfgesloten());
        registratie.addUrlPatterns(AdminSetupAfgesloten.PAD + "*");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }
}
