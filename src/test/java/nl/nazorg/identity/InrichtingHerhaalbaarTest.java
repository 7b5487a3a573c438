package nl.nazorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.nazorg.PostgresSpringTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A restart runs the set-up again: groups, users, authorizations and filters must not multiply. */
class InrichtingHerhaalbaarTest extends PostgresSpringTest {

    @Autowired GroepenInrichting groepen;
    @Autowired TasklistFilters filters;
    @Autowired DemoGebruikers demoGebruikers;
    @Autowired IdentityService identiteit;
    @Autowired AuthorizationService autorisaties;
    @Autowired FilterService filterService;

    @Test
    void nogmaalsInrichtenVerdubbeltNiets() {
        List<Long> voor = tellingen();
        assertThat(identiteit.createGroupQuery().groupId("casemanager-ter-peel").count()).isEqualTo(1);
        assertThat(filterService.createFilterQuery().filterName("Taken van mijn groepen").count()).isEqualTo(1);

        groepen.richtIn();
        filters.richtIn();
        demoGebruikers.richtIn();
        groepen.richtIn();

        assertThat(tellingen()).isEqualTo(voor);
    }

    private List<Long> tellingen() {
        return List.of(identiteit.createGroupQuery().count(), identiteit.createUserQuery().count(),
                identiteit.createUserQuery().memberOfGroup("camunda-admin").count(),
                identiteit.createUserQuery().memberOfGroup("casemanager-ter-peel").count(),
                autorisaties.createAuthorizationQuery().count(), filterService.createFilterQuery().count());
    }
}
