// nazorg: configuratie van de Camunda-welkomstpagina.
// Dit bestand vervangt scripts/config.js uit de Camunda-webjar (zelfde pad op het classpath).
export default {
  // No probe of /camunda-welcome (the Camunda distribution's welcome page) at login: this application has none.
  disableWelcomeMessage: true,
  app: {
    // De inlogpagina toont de naam, de kopbalk en de titel van het tabblad "vendor name".
    name: 'nazorg',
    vendor: 'Welkom bij'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
