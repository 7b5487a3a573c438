// nazorg: configuratie van Camunda Tasklist.
// Dit bestand vervangt scripts/config.js uit de Camunda-webjar (zelfde pad op het classpath).
export default {
  // No probe of /camunda-welcome (the Camunda distribution's welcome page) at login: this application has none.
  disableWelcomeMessage: true,
  app: {
    // De inlogpagina toont de naam, de kopbalk en de titel van het tabblad "vendor name".
    name: 'nazorg',
    vendor: 'Takenlijst'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },
  // Camunda Forms in het Nederlands en met de juiste status van "Voltooien" (zie scripts/formulieren.js).
  customScripts: ['scripts/formulieren.js'],
  // De webjar stelt deze sneltoetsen standaard in; ze blijven behouden.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claimt de geselecteerde taak'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van het taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
