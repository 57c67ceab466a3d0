import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the built widget can be served from any path (or embedded in a portal page).
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
