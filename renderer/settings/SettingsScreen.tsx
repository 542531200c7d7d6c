import { Heading1 } from '@utrecht/component-library-react';
import '../styles/tasks.css';
import { BackupSection } from './BackupSection.js';
import { RestoreSection } from './RestoreSection.js';

/** The settings: a backup of the register, and putting one back. */
export function SettingsScreen() {
  return (
    <div className="rn-stack">
      <Heading1>Instellingen</Heading1>
      <BackupSection />
      <RestoreSection />
    </div>
  );
}
