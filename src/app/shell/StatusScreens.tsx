import type { ReactNode } from 'react';

function Screen({
  title,
  children,
  alert = false,
}: {
  title: string;
  children: ReactNode;
  alert?: boolean;
}) {
  return (
    <main className="status-screen">
      <div className="status-screen__box" role={alert ? 'alert' : 'status'}>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function LoadingScreen() {
  return (
    <Screen title="Loading the corpus…">
      <p>Reading the articles, places and events.</p>
    </Screen>
  );
}

export function MissingCorpusScreen({ url, detail }: { url: string; detail: string }) {
  return (
    <Screen title="No corpus found" alert>
      <p>
        The explorer could not load <code>{url}</code>: {detail}.
      </p>
      <p>
        Build it from the articles with <code>npm run data</code>, or run <code>npm start</code>,
        which builds the data and serves the app.
      </p>
    </Screen>
  );
}

export function InvalidCorpusScreen({ url, error }: { url: string; error: string }) {
  return (
    <Screen title="The corpus file is invalid" alert>
      <p>
        <code>{url}</code> was found but cannot be used:
      </p>
      <pre className="status-screen__error">{error}</pre>
      <p>
        Rebuild it with <code>npm run data</code>.
      </p>
    </Screen>
  );
}

export function EmptyCorpusScreen() {
  return (
    <Screen title="The corpus is empty">
      <p>The corpus file holds no articles, so there is nothing to map yet.</p>
      <p>
        Add plain-text articles to the articles folder and run <code>npm run data</code>.
      </p>
    </Screen>
  );
}
