/** The options page: tune every rule, channel and word list, with a live preview beside. */
import { ChannelsSection } from './ChannelsSection.tsx';
import { Header } from './Header.tsx';
import { ImportExportSection } from './ImportExportSection.tsx';
import { ManagedNotice } from './Managed.tsx';
import { MemorySection } from './MemorySection.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { RepairNotice } from './RepairNotice.tsx';
import { RulesSection } from './RulesSection.tsx';
import { SideNav } from './SideNav.tsx';
import { SitesSection } from './SitesSection.tsx';
import { useSettings } from './useSettings.ts';
import { WordListsSection } from './WordListsSection.tsx';
import './options.css';
import './sections.css';
import './preview.css';

export function Options() {
  const { settings, locked, managedProblems, update, saveState, undo, repairs, dismissRepairs } = useSettings();
  if (!settings) {
    return (
      <p class="loading" role="status">
        Loading your settings…
      </p>
    );
  }
  const props = { settings, update, locked };
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to settings
      </a>
      <Header {...props} saveState={saveState} undo={undo} />
      <div class="layout">
        <SideNav />
        <main id="main" tabIndex={-1}>
          {!settings.enabled && (
            <p class="notice notice-info">Coaching is off everywhere. Your settings are kept; switch coaching on at the top to use them.</p>
          )}
          <ManagedNotice locked={locked} problems={managedProblems} />
          <RepairNotice repairs={repairs} onDismiss={dismissRepairs} />
          <RulesSection {...props} />
          <ChannelsSection {...props} />
          <WordListsSection {...props} />
          <SitesSection {...props} />
          <MemorySection {...props} />
          <ImportExportSection {...props} />
        </main>
        <PreviewPanel analysis={settings.analysis} />
      </div>
    </>
  );
}
