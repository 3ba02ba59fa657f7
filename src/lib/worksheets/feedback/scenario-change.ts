import { filled } from '../hint';
import { frameworkFields, suggestedFramework, type FeedbackData, type FeedbackScenario } from './schema';

/**
 * A new scenario: the framework that fits it is preselected, but only while nothing is
 * written in the current framework's fields; switching would otherwise hide text the user
 * is looking at.
 */
export function changeScenario(data: FeedbackData, scenario: FeedbackScenario): Partial<FeedbackData> {
  const untouched = frameworkFields[data.framework].every((field) => !filled(data[field]));
  return untouched ? { scenario, framework: suggestedFramework(scenario) } : { scenario };
}
