import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// docs/permissions.md says why each permission exists. Keep this list minimal.
export default defineConfig({
  srcDir: '.',
  // Parallel builds (several worktrees' tests at once) each get their own output folder.
  outDir: process.env.SIDECODER_OUT_DIR ?? '.output',
  manifestVersion: 3,
  // Dev mode must never try to download or launch a browser (CI and trust machines are offline).
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sidecoder',
    description: 'ICD-10 and OPCS-4 code suggestions for NHS clinical coders, on your own machine.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'contextMenus',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Trust EPR origins are granted one by one at run time (options page, side panel); none at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'code-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Code the selected text with Sidecoder',
      },
    },
    action: { default_title: 'Open Sidecoder' },
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'sidepanel.html', default_title: 'Sidecoder' } }
      : { side_panel: { default_path: 'sidepanel.html' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'sidecoder@sidecoder.invalid', strict_min_version: '128.0' },
          },
        }
      : {}),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  }),
});
