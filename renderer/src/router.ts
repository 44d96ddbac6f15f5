import { createRouter, createWebHashHistory } from 'vue-router'

/** The desk's screen: fetched once the app is up, so that the first visit to it does not wait for its code. */
const customersView = () => import('./views/customer-list/CustomersView.vue')

export function prefetchCustomersView(): void {
  void customersView().catch(() => undefined)
}

// Hash history: the app is served from a custom protocol with one index.html.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/customers' },
    { path: '/customers', name: 'customers', component: customersView },
    // The customer card: create, card, edit, side-by-side merge.
    { path: '/customers/new', name: 'customer-new', component: () => import('./views/customer-form/CustomerFormView.vue') },
    { path: '/customers/:id(\\d+)', name: 'customer', component: () => import('./views/customer-card/CustomerCardView.vue') },
    { path: '/customers/:id(\\d+)/edit', name: 'customer-edit', component: () => import('./views/customer-form/CustomerFormView.vue') },
    { path: '/customers/:id(\\d+)/merge/:otherId(\\d+)', name: 'customer-merge', component: () => import('./views/customer-merge/MergeView.vue') },
    { path: '/import', name: 'import', component: () => import('./views/import/ImportView.vue') },
    { path: '/audit', name: 'audit', component: () => import('./views/audit/AuditView.vue') },
    { path: '/settings', name: 'settings', component: () => import('./views/settings/SettingsView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/customers' }
  ]
})
