// nazorg: Cockpit shows only the actions that the logged-in user's authorizations allow. Cockpit 7.24 CE shows every
// action to everybody (its plugins ask no authorization; only the engine refuses, with 403), so a read-only
// ketenmanager saw buttons to cancel a case or edit its variables. Here each action is asked of Camunda's own
// authorization check (GET .../authorization/check, as the Admin app's cam-if-authorized does) and stays hidden until
// the answer allows it. Hiding is for the user's sake; the engine still refuses what is not allowed. Loaded through
// customScripts in config.js; it exports no plugins.

// Camunda's resource types (org.camunda.bpm.engine.authorization.Resources)
const PROCESDEFINITIE = 6;
const TAAK = 7;
const PROCESINSTANTIE = 8;
const UITROL = 9;

// Each action: the permissions of which one suffices (as the engine decides), and the elements that offer it.
const ACTIES = {
  'procesinstanties-wijzigen': {
    rechten: [[PROCESINSTANTIE, 'UPDATE'], [PROCESDEFINITIE, 'UPDATE_INSTANCE']],
    elementen: [
      '.ctn-toolbar a.btn-toolbar:has(> .glyphicon-plus)',
      '.ctn-toolbar a.btn-toolbar:has(> .glyphicon-repeat)',
      'button[ng-click^="enableEditMode"]',
      'button[ng-click^="deleteVariable"]',
      'a[ng-click^="openJobRetryDialog"]',
      'a[ng-click^="openExternalTaskRetryDialog"]',
      'a[ng-click^="toggleSuspension"]',
      'a[ng-click^="openRecalculationWindow"]'
    ]
  },
  'procesinstanties-opschorten': {
    rechten: [[PROCESINSTANTIE, 'SUSPEND'], [PROCESINSTANTIE, 'UPDATE'], [PROCESDEFINITIE, 'SUSPEND_INSTANCE'],
      [PROCESDEFINITIE, 'UPDATE_INSTANCE']],
    elementen: ['.ctn-toolbar a[ng-show="!processInstance.suspended"]', '.ctn-toolbar a[ng-hide="!processInstance.suspended"]']
  },
  'procesinstanties-verwijderen': {
    rechten: [[PROCESINSTANTIE, 'DELETE'], [PROCESDEFINITIE, 'DELETE_INSTANCE']],
    elementen: ['.ctn-toolbar a.btn-toolbar:has(> .glyphicon-remove)']
  },
  'procesdefinities-wijzigen': {
    rechten: [[PROCESDEFINITIE, 'UPDATE'], [PROCESDEFINITIE, 'SUSPEND']],
    elementen: [
      '.ctn-toolbar a[ng-show="!processDefinition.suspended"]',
      '.ctn-toolbar a[ng-hide="!processDefinition.suspended"]',
      '.ctn-toolbar a.action-button[ng-click="openDialog()"]',
      'a[ng-click="openDialog(jobDefinition)"]',
      'a[ng-click^="openSuspensionStateDialog"]'
    ]
  },
  'uitrollen-verwijderen': {
    rechten: [[UITROL, 'DELETE']],
    elementen: ['a.delete-deployment']
  },
  'taken-toewijzen': {
    rechten: [[TAAK, 'UPDATE'], [TAAK, 'TASK_ASSIGN']],
    elementen: ['a.change-group-identity-links', 'a.change-user-identity-links', 'td.assignee .edit-toggle']
  }
};

const KLASSE = 'nazorg-mag-';
// Set once the answers for the logged-in user are in.
const BEKEND = 'nazorg-rechten-bekend';
const wortel = document.querySelector('base').getAttribute('app-root');
const engine = (location.pathname.match(/\/app\/cockpit\/([^/]+)\//) || [])[1] || 'default';
let gebruiker;

function verbergTenzijToegestaan() {
  const stijl = document.createElement('style');
  stijl.textContent = Object.entries(ACTIES).map(([actie, {elementen}]) =>
    elementen.map(element => `body:not(.${KLASSE}${actie}) ${element}`).join(',\n') + ' { display: none !important; }'
  ).join('\n');
  document.head.appendChild(stijl);
}

async function vraag(pad) {
  const antwoord = await fetch(wortel + pad, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return antwoord.ok ? antwoord.json() : null;
}

async function magEen(rechten) {
  const antwoorden = await Promise.all(rechten.map(([soort, recht]) => vraag(`/api/engine/engine/${engine}/authorization/check`
    + `?permissionName=${recht}&resourceName=${soort}&resourceType=${soort}`)));
  return antwoorden.some(antwoord => antwoord && antwoord.authorized === true);
}

/** Asks again whenever another user may be logged in (Cockpit logs in and out without loading the page anew). */
async function werkBij() {
  const aangemeld = await vraag(`/api/admin/auth/user/${engine}`);
  const nu = aangemeld && aangemeld.userId ? aangemeld.userId : null;
  if (nu === gebruiker) {
    return;
  }
  gebruiker = nu;
  Object.keys(ACTIES).forEach(actie => document.body.classList.remove(KLASSE + actie));
  document.body.classList.remove(BEKEND);
  if (!nu) {
    return;
  }
  const toegestaan = await Promise.all(Object.entries(ACTIES).map(async ([actie, {rechten}]) => [actie, await magEen(rechten)]));
  if (gebruiker === nu) {
    toegestaan.forEach(([actie, mag]) => document.body.classList.toggle(KLASSE + actie, mag));
    document.body.classList.add(BEKEND);
  }
}

verbergTenzijToegestaan();
werkBij();
window.addEventListener('hashchange', () => werkBij());

export default [];
