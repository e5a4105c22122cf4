// Screen 4, the client file: a header and tabs, each tab a sub-route (/clients/:id/<tab>), opening on
// the summary; editing the client's details is a tab of its own. A jump
// from the rights panel (?focus=<fact>) opens the tab and form the fact lives in.
import { Alert, Center, Loader, Tabs } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ClientCommittees } from '../committees/ClientCommittees';
import { ClientPaperwork } from '../paperwork/ClientPaperwork';
import { ClientPayments } from '../payments/ClientPayments';
import { ClientFormPage } from '../ClientFormPage';
import { useMay } from './access';
import { ClaimsTab } from './claims/ClaimsTab';
import { DocumentsTab } from './documents/DocumentsTab';
import { FileHeader } from './FileHeader';
import { HistoryTab } from './history/HistoryTab';
import { tabKinds } from './records/recordConfigs';
import { RecordsTab } from './records/RecordsTab';
import { RightsPanel } from './rights/RightsPanel';
import { PrintHead, SummaryTab } from './summary/SummaryTab';
import { fileTabs, parseFact, tabAccess } from './tabs';
import { FileContext, useLoadedFile, type FileState } from './useClientFile';
import { NotesTab } from './work/NotesTab';
import { TasksTab } from './work/TasksTab';
import './file.css';

export function ClientFilePage() {
  const { t } = useTranslation();
  const clientId = Number(useParams().id);
  const { file, failure, refresh } = useLoadedFile(clientId);
  const may = useMay();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const focus = parseFact(params.get('focus'));
  const clearFocus = useCallback(() => setParams({}, { replace: true }), [setParams]);
  const state = useMemo<FileState | null>(() => (file ? { file, refresh } : null), [file, refresh]);

  const tabs = fileTabs.filter((tab) => !tabAccess[tab] || may(tabAccess[tab]));
  const current = location.pathname.split('/')[3];

  if (failure && !file) {
    return (
      <Alert color="red" role="alert">
        {failure}
      </Alert>
    );
  }
  if (!state) {
    return (
      <Center py="xl">
        <Loader aria-label={t('clientFile.loading')} />
      </Center>
    );
  }
  // A fact points at a tab: go there first, keeping ?focus= for the tab to act on.
  if (focus && current !== focus.tab)
    return <Navigate to={`/clients/${clientId}/${focus.tab}?${params.toString()}`} replace />;
  // No tab, or one this role does not have (history for staff): the summary.
  const activeTab = tabs.find((tab) => tab === current);
  if (!activeTab) return <Navigate to={`/clients/${clientId}/summary`} replace />;

  const recordRoutes = Object.entries(tabKinds).map(([tab, kinds]) => (
    <Route key={tab} path={tab} element={<RecordsTab kinds={kinds} focus={focus} onFocusDone={clearFocus} />} />
  ));

  return (
    <FileContext.Provider value={state}>
      <div className="client-file">
        {activeTab === 'summary' && <PrintHead />}
        <FileHeader />
        <Tabs
          className="file-tabs"
          value={activeTab}
          onChange={(tab) => tab && void navigate(`/clients/${clientId}/${tab}`)}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('clientFile.tabsLabel')} mb="md">
            {tabs.map((tab) => (
              <Tabs.Tab key={tab} value={tab} fz="sm" px={10}>
                {t(`clientFile.tabs.${tab}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value={activeTab}>
            <Routes>
              <Route path="summary" element={<SummaryTab />} />
              <Route
                path="details"
                element={
                  <ClientFormPage
                    client={state.file.client}
                    onSaved={() => void refresh('client')}
                    focus={focus?.field}
                  />
                }
              />
              {recordRoutes}
              <Route path="committees" element={<ClientCommittees />} />
              <Route path="claims" element={<ClaimsTab />} />
              <Route path="payments" element={<ClientPayments />} />
              <Route path="documents" element={<DocumentsTab />} />
              <Route path="tasks" element={<TasksTab />} />
              <Route path="notes" element={<NotesTab />} />
              <Route path="rights" element={<RightsPanel clientId={clientId} />} />
              <Route path="paperwork" element={<ClientPaperwork clientId={clientId} />} />
              <Route path="history" element={<HistoryTab />} />
            </Routes>
          </Tabs.Panel>
        </Tabs>
      </div>
    </FileContext.Provider>
  );
}
