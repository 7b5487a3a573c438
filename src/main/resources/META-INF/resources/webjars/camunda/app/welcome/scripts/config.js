// nazorg: configuratie van de Camunda-welkomstpagina.
// Dit bestand vervangt scripts/config.js uit de Camunda-webjar (zelfde pad op het classpath).
export default {
  app: {
    name: 'Welkom',
    vendor: 'nazorg'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
