/**
 * The inoperability input–output model (method 10 of {@code ../shared/DESIGN.md}; definitions and
 * sources in {@code docs/methods/iim.md}): the interdependency matrix A* of a system, demand-side
 * (Santos and Haimes 2004) or supply-side (Leung, Haimes and Santos 2007); static inoperability
 * {@code q = (I − A*)⁻¹c*} clipped to [0, 1] (Haimes and Jiang 2001); the dynamic model {@code q(t)
 * = q(t−1) + K(A*q(t−1) + c*(t) − q(t−1))} with shock windows and its continuous recovery path
 * (Lian and Haimes 2006); and the dependency and influence indices of Setola, De Porcellinis and
 * Sforna (2009).
 */
package org.chokepoint.inputoutput.iim;
