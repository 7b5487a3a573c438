package nl.nazorg.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Adds a check to both of the engine's command chains: commands in the caller's transaction and those that need a
 * new one. Camunda links each interceptor to the next of its own chain, so each chain gets an instance of its own.
 */
public final class Opdrachtcontroles {

    private Opdrachtcontroles() {
    }

    /** Before Camunda's command context: the check sees the command as it was given. */
    public static void voorContext(ProcessEngineConfigurationImpl configuratie, Supplier<CommandInterceptor> controle) {
        configuratie.setCustomPreCommandInterceptorsTxRequired(met(configuratie.getCustomPreCommandInterceptorsTxRequired(), controle));
        configuratie.setCustomPreCommandInterceptorsTxRequiresNew(met(configuratie.getCustomPreCommandInterceptorsTxRequiresNew(), controle));
    }

    /** After Camunda's command context: the check runs in the command's own context and transaction. */
    public static void inContext(ProcessEngineConfigurationImpl configuratie, Supplier<CommandInterceptor> controle) {
        configuratie.setCustomPostCommandInterceptorsTxRequired(met(configuratie.getCustomPostCommandInterceptorsTxRequired(), controle));
        configuratie.setCustomPostCommandInterceptorsTxRequiresNew(met(configuratie.getCustomPostCommandInterceptorsTxRequiresNew(), controle));
    }

    private static List<CommandInterceptor> met(List<CommandInterceptor> bestaand, Supplier<CommandInterceptor> controle) {
        List<CommandInterceptor> lijst = bestaand == null ? new ArrayList<>() : new ArrayList<>(bestaand);
        lijst.add(controle.get());
        return lijst;
    }
}
