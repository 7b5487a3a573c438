package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.Test;

/**
 * The fields of Camunda's commands that GeenExpressiesInZoekvragen reads by reflection. Red after a Camunda upgrade
 * that renames or moves one: the check would then refuse every filter command.
 */
class CommandoveldTest {

    @Test
    void leestDeUitbreidingVanElkFiltercommando() {
        TaskQueryImpl uitbreiding = new TaskQueryImpl();

        assertThat(GeenExpressiesInZoekvragen.UITBREIDING.lees(new ExecuteFilterListCmd("f", uitbreiding))).isSameAs(uitbreiding);
        assertThat(GeenExpressiesInZoekvragen.UITBREIDING.lees(new ExecuteFilterListPageCmd("f", uitbreiding, 0, 15)))
                .isSameAs(uitbreiding);
        assertThat(GeenExpressiesInZoekvragen.UITBREIDING.lees(new ExecuteFilterCountCmd("f", uitbreiding))).isSameAs(uitbreiding);
        assertThat(GeenExpressiesInZoekvragen.UITBREIDING.lees(new ExecuteFilterSingleResultCmd("f", uitbreiding)))
                .isSameAs(uitbreiding);
        assertThat(GeenExpressiesInZoekvragen.UITBREIDING.lees(new ExecuteFilterListCmd("f"))).isNull();
    }

    @Test
    void leestHetFilterDatWordtOpgeslagen() {
        FilterEntity filter = new FilterEntity("Task");

        assertThat(GeenExpressiesInZoekvragen.FILTER.lees(new SaveFilterCmd(filter))).isSameAs(filter);
    }

    @Test
    void eenVeldDatNietBestaatWeigertDeOpdracht() {
        Commandoveld hernoemd = new Commandoveld(SaveFilterCmd.class, "taskFilter", "op expressies");

        assertThatThrownBy(() -> hernoemd.lees(new SaveFilterCmd(new FilterEntity("Task"))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("niet op expressies worden gecontroleerd");
    }
}
