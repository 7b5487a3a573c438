package nl.nazorg.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Camunda REST API needs a login (stack note 11): HTTP Basic against Camunda's identity, 401 without. */
@Configuration
public class RestAuthenticatie {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registratie.setName("engine-rest-authenticatie");
        return registratie;
    }
}
