package nl.nazorg.referentie;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A form variable that only the form reads: its value is made when Camunda hands out the form variables, not when the
 * form data is merely looked at (as the check of a completion does).
 */
record Keuzelijstveld(String id, Supplier<TypedValue> waarde) implements FormField {

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getLabel() {
        return id;
    }

    @Override
    public FormType getType() {
        return null;
    }

    @Override
    public String getTypeName() {
        return "json";
    }

    @Override
    public Object getDefaultValue() {
        return null;
    }

    @Override
    public TypedValue getValue() {
        return waarde.get();
    }

    @Override
    public List<FormFieldValidationConstraint> getValidationConstraints() {
        return List.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public boolean isBusinessKey() {
        return false;
    }
}
