import { Heading3, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';

/**
 * The numbered decisions as the raadsvoorstel and its raadsbesluit carry them after "besluit:": the ones typed in the
 * memo's form, then the writer's own "kennis te nemen van …". Read-only here: they are edited in the form.
 */
export function Beslissingen({
  label,
  beslissingen,
  voorgesteldBesluit,
}: {
  label: string;
  beslissingen: readonly string[];
  voorgesteldBesluit: string | undefined;
}) {
  const all =
    voorgesteldBesluit === undefined
      ? beslissingen
      : [...beslissingen, `kennis te nemen van ${voorgesteldBesluit}`];
  return (
    <div className="rn-beslissingen">
      <Heading3 id="beslissingen-kop">{label}</Heading3>
      <Paragraph className="rn-muted">
        Zo nummeren het voorstel en het raadsbesluit ze; u vult ze in bij de gegevens van de nota.
      </Paragraph>
      {all.length === 0 ? (
        <Paragraph>Nog geen beslissingen; vul ze in bij de gegevens van de nota.</Paragraph>
      ) : (
        <OrderedList aria-labelledby="beslissingen-kop">
          {all.map((beslissing, index) => (
            <OrderedListItem key={index}>{beslissing}</OrderedListItem>
          ))}
        </OrderedList>
      )}
    </div>
  );
}
