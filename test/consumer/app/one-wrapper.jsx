// A React 19 app that uses one widget through its own wrapper module.
import {createRoot} from 'react-dom/client';
import {IopCareQuiz} from 'iop-widgets/react/care-quiz';

createRoot(document.getElementById('root')).render(
  <IopCareQuiz clinicName="Harbor Recovery" onQuizComplete={(e) => console.log(e.detail.level)} />,
);
