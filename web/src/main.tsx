import '@mantine/core/styles.css';
import './styles.css';
import { type CSSVariablesResolver, createTheme, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/index.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';

// Blue 8 on white passes WCAG AA for text; the default primary shade 6 does not.
const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

// Mantine's "dimmed" grey (gray 6) and the text of its light variants (shade 6) are below the 4.5:1 contrast
// WCAG AA asks of small text (teal 9 on its light background is 4.3:1); gray 7 and a darkened shade 9 pass.
const LIGHT_VARIANT_COLORS = ['blue', 'teal', 'red', 'orange', 'grape', 'gray', 'green', 'cyan'];
const resolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field error messages in red 6 are 3.6:1 on white; red 9 passes.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      LIGHT_VARIANT_COLORS.map((c) => [
        `--mantine-color-${c}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${c}-9) 75%, black)`,
      ]),
    ),
  },
  dark: {},
});

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={resolver}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
