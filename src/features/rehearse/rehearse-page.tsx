import { Route, Switch } from 'wouter';
import { InterviewPage } from './interview/interview-page';
import { ReportPage } from './report/report-page';
import { RehearseHome } from './start/rehearse-home';
import { StartPage } from './start/start-page';

/**
 * The rehearse area: the library (/rehearse), a scenario's start form (/rehearse/:id), an interview
 * (/rehearse/attempt/:id) and a past interview's report (/rehearse/report/:id).
 */
export function RehearsePage() {
  return (
    <Switch>
      <Route path="/">
        <RehearseHome />
      </Route>
      <Route path="/attempt/:attemptId">{(params) => <InterviewPage attemptId={params.attemptId} />}</Route>
      <Route path="/report/:attemptId">{(params) => <ReportPage attemptId={params.attemptId} />}</Route>
      <Route path="/:scenarioId">{(params) => <StartPage scenarioId={params.scenarioId} />}</Route>
    </Switch>
  );
}
