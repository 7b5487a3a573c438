// nazorg: configuratie van Camunda Admin.
// Dit bestand vervangt scripts/config.js uit de Camunda-webjar (zelfde pad op het classpath).
export default {
  app: {
    name: 'Admin',
    vendor: 'nazorg'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
