import { sendPageMentions } from '@/lib/page/page-mentions';

export default defineContentScript({
  // Demo and test origins only; real EPR origins are granted at run time (optional host permissions).
  matches: ['http://localhost/*', 'http://127.0.0.1/*', 'file:///*'],
  runAt: 'document_idle',
  main() {
    void sendPageMentions();
  },
});
