import { useState } from 'react';
import { todayIso } from '../../../lib/dates';
import { flashRetroModule, type FlashRetroData } from '../../../lib/worksheets/flash-retro';
import { prefillForPerson } from '../../../lib/worksheets/flash-retro/form-rules';
import { readWorksheetAddress } from '../../../lib/worksheets/href';
import type { PrefillSource } from '../use-worksheet';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { JudgmentSection } from './flash-retro/JudgmentSection';
import { OpenSection } from './flash-retro/OpenSection';
import { QuestionsSection } from './flash-retro/QuestionsSection';
import { useRelatedWorksheets } from './flash-retro/use-related-worksheets';

/**
 * The flash retro: first what the last 5R plan promised, then the three questions, then the
 * goal-or-execution call; a goal problem can go straight into a SMART-AR goal's adjustment log.
 */
export function FlashRetroForm(props: WorksheetFormProps<'flash-retro'>) {
  const { data, onChange, t, locale, doc } = props;
  const person = (doc.person ?? '').trim();
  // A saved retro has read storage already; a blank one without a person looks when asked.
  const [untaggedWanted, setUntaggedWanted] = useState(doc.revision > 0);
  const [related, ticked] = useRelatedWorksheets(person, doc.practice !== undefined, untaggedWanted);
  const set = (patch: Partial<FlashRetroData>) => onChange({ ...data, ...patch });

  return (
    <>
      <OpenSection
        related={related}
        person={person}
        t={t}
        locale={locale}
        onWantUntagged={() => setUntaggedWanted(true)}
        onTicked={ticked}
      />
      <QuestionsSection {...props} set={set} />
      <JudgmentSection {...props} set={set} related={related} person={person} />
    </>
  );
}

/**
 * A flash retro opened from a 5R plan (`#person=Lin`) starts tagged with that person. Links
 * made before names moved to the fragment (`?person=Lin`, in old e-mails) still work; the
 * name is then taken out of the address bar at once, so it is not bookmarked or shared on.
 */
const prefillPerson: PrefillSource<'flash-retro'> = () => {
  const address = readWorksheetAddress(window.location.href);
  if (address.cleaned !== undefined) window.history.replaceState(window.history.state, '', address.cleaned);
  return Promise.resolve(prefillForPerson(address.person, todayIso()));
};

/** The island: the editor frame around the flash retro. */
export default function FlashRetroWorksheet(props: WorksheetIslandProps) {
  return (
    <WorksheetEditor {...props} module={flashRetroModule} Form={FlashRetroForm} prefill={prefillPerson} />
  );
}
