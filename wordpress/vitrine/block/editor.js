/**
 * The "Vitrine" block in the editor: the element, the feed, the action and a few options,
 * edited in the sidebar; the page shows the element itself (the block is rendered by
 * PHP, like the shortcode). Plain script on WordPress's globals: no build step.
 */
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: h, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, Placeholder } = wp.components;

	const ELEMENTS = [
		{ value: 'action-card', label: 'Fiche action' },
		{ value: 'funding-breakdown', label: 'Financements' },
		{ value: 'staffing-chart', label: 'Équipe (ETP)' },
		{ value: 'territory-map', label: 'Carte du territoire' },
		{ value: 'action-list', label: 'Liste des actions' },
		{ value: 'impact-dashboard', label: 'Tableau de bord' },
	];
	// Options of each element worth a field; any other attribute goes through the shortcode.
	const OPTIONS = {
		'action-card': [ [ 'variant', 'Présentation', [ [ '', 'Résumé (dépliable)' ], [ 'full', 'Complète' ] ] ] ],
		'funding-breakdown': [
			[ 'type', 'Graphique', [ [ '', 'Anneau' ], [ 'bar', 'Barres' ] ] ],
			[ 'group-by', 'Regrouper par', [ [ '', 'Type de financeur' ], [ 'funder', 'Financeur' ] ] ],
		],
		'territory-map': [ [ 'metric', 'Mesure', [ [ '', 'Nombre d’actions' ], [ 'budget', 'Budget' ], [ 'etp', 'ETP' ] ] ] ],
	};
	const takesAction = ( element ) => [ 'action-card', 'funding-breakdown', 'staffing-chart' ].includes( element );

	registerBlockType( 'vitrine/embed', {
		edit( { attributes, setAttributes } ) {
			const { element, feed, action, options } = attributes;
			const label = ( ELEMENTS.find( ( e ) => e.value === element ) || ELEMENTS[ 0 ] ).label;
			const setOption = ( name, value ) => {
				const next = Object.assign( {}, options );
				if ( value ) next[ name ] = value;
				else delete next[ name ];
				setAttributes( { options: next } );
			};
			const fields = [
				h( SelectControl, { key: 'element', label: 'Élément', value: element, options: ELEMENTS, onChange: ( v ) => setAttributes( { element: v, options: {} } ) } ),
				h( TextControl, { key: 'feed', label: 'Adresse du flux', help: 'Vide : celle des réglages de Vitrine.', value: feed, onChange: ( v ) => setAttributes( { feed: v } ) } ),
				takesAction( element )
					? h( TextControl, { key: 'action', label: 'Identifiant de la fiche', help: 'Par exemple halte-repit ; vide : toutes les fiches (graphiques) ou la première (fiche).', value: action, onChange: ( v ) => setAttributes( { action: v } ) } )
					: null,
				...( OPTIONS[ element ] || [] ).map( ( [ name, text, choices ] ) =>
					h( SelectControl, { key: name, label: text, value: options[ name ] || '', options: choices.map( ( [ value, l ] ) => ( { value, label: l } ) ), onChange: ( v ) => setOption( name, v ) } )
				),
				h( TextControl, { key: 'fallback', label: 'Texte de secours', help: 'Affiché tant que les données ne sont pas là, et si le flux ne peut pas être lu.', value: attributes.fallback, onChange: ( v ) => setAttributes( { fallback: v } ) } ),
			];
			return h(
				Fragment,
				null,
				h( InspectorControls, null, h( PanelBody, { title: 'Vitrine' }, fields ) ),
				h(
					'div',
					useBlockProps(),
					h( Placeholder, { icon: 'chart-pie', label: 'Vitrine : ' + label, instructions: action ? 'Fiche « ' + action + ' »' : 'Réglages dans la colonne de droite.' } )
				)
			);
		},
		save: () => null,
	} );
} )( window.wp );
