import { createRouter, createWebHashHistory } from 'vue-router'

// Hash history: the app is served from a custom protocol with one index.html.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/customers' },
    { path: '/customers', name: 'customers', component: () => import('./views/customers/CustomersView.vue') },
    { path: '/import', name: 'import', component: () => import('./views/import/ImportView.vue') },
    { path: '/audit', name: 'audit', component: () => import('./views/audit/AuditView.vue') },
    { path: '/settings', name: 'settings', component: () => import('./views/settings/SettingsView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/customers' }
  ]
})
