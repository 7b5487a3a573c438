// nazorg: configuratie van de Camunda-welkomstpagina.
// Dit bestand vervangt scripts/config.js uit de Camunda-webjar (zelfde pad op het classpath).
export default {
  // No probe of /camunda-welcome (the Camunda distribution's welcome page) at login: this application has none.
  disableWelcomeMessage: true,
  app: {
    name: 'Welkom',
    vendor: 'nazorg'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
