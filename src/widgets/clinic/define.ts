import {IopClinic} from './clinic.js';

IopClinic.define('iop-clinic');

export {IopClinic};
