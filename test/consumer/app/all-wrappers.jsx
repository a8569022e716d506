// The same app importing the same wrapper from the root entry, which registers every widget.
import {createRoot} from 'react-dom/client';
import {IopCareQuiz} from 'iop-widgets/react';

createRoot(document.getElementById('root')).render(
  <IopCareQuiz clinicName="Harbor Recovery" onQuizComplete={(e) => console.log(e.detail.level)} />,
);
