// nazorg: configuratie van Camunda Cockpit.
// Dit bestand vervangt scripts/config.js uit de Camunda-webjar (zelfde pad op het classpath).
export default {
  // No probe of /camunda-welcome (the Camunda distribution's welcome page) at login: this application has none.
  disableWelcomeMessage: true,
  app: {
    name: 'Cockpit',
    vendor: 'nazorg'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },
  // Front-end plug-ins (ES-modules, pad relatief aan app/cockpit/): Nederlands voor de teksten die Cockpit niet uit
  // locales/nl.json haalt, en alleen de acties die de autorisaties van de gebruiker toestaan.
  customScripts: ['scripts/nederlands.js', 'scripts/rechten.js'],
  // Het lange nazorgmodel leesbaar openen in plaats van passend en onleesbaar klein.
  bpmnJs: {
    additionalModules: ['scripts/leesbaar-diagram']
  }
};
