package nl.nazorg.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link CockpitApiToegang} in front of Cockpit's plugin API. */
@Configuration
class CockpitApiRegistratie {

    @Bean
    FilterRegistrationBean<CockpitApiToegang> cockpitApiToegang() {
        FilterRegistrationBean<CockpitApiToegang> registratie = new FilterRegistrationBean<>(new CockpitApiToegang());
        registratie.addUrlPatterns(CockpitApiToegang.PAD + "/*");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registratie;
    }
}
