/** Every route of the app, with the heading each shows in English. */
export const appRoutes = [
  { path: '/', heading: /rehearse your iso 27001 audit interview/i },
  { path: '/rehearse', heading: 'Rehearse' },
  { path: '/progress', heading: 'Progress' },
  { path: '/scenarios', heading: 'Scenarios' },
  { path: '/readiness', heading: 'Readiness' },
  { path: '/settings', heading: 'Settings' },
  { path: '/no-such-page', heading: 'Page not found' },
] as const;
