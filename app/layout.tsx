import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { TopNav } from '@/components/app-shell/top-nav';
import { OutageBanner } from '@/components/app-shell/outage-banner';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Pubscope', template: '%s · Pubscope' },
  description: 'Operations dashboard for Google Cloud Pub/Sub',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Providers>
          <div className="flex min-h-screen flex-col">
            <TopNav />
            <OutageBanner />
            <main id="main" className="flex flex-1 flex-col">
              {children}
            </main>
          </div>
        </Providers>
      </body>
    </html>
  );
}
