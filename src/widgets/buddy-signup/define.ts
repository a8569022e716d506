import {IopBuddySignup} from './buddy-signup.js';

IopBuddySignup.define('iop-buddy-signup');

export {IopBuddySignup};
