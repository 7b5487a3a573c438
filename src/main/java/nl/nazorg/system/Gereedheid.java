package nl.nazorg.system;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link NogNietGereed} right behind the address check, before login: a request that cannot be served yet is 503, not 401. */
@Configuration(proxyBeanMethods = false)
class Gereedheid {

    @Bean
    FilterRegistrationBean<NogNietGereed> nogNietGereed(ApplicationAvailability beschikbaarheid) {
        FilterRegistrationBean<NogNietGereed> registratie = new FilterRegistrationBean<>(new NogNietGereed(beschikbaarheid));
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registratie.setDispatcherTypes(DispatcherType.REQUEST);
        return registratie;
    }
}
