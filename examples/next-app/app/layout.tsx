import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'intervention-ui/styles.css';

export const metadata: Metadata = {
  title: 'intervention-ui in the Next.js App Router',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
