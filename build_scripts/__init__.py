"""The edition's build pipeline: raw sources → clean, collated, structured texts → site.

One module per stage, in the order the data flows:

``sources``   read and verify the raw witnesses (checksums, encoding, BOM, CRLF)
``fixes``     small named text fixes, each with a doctest from the real sources
``cleaning``  the ordered fix lists for each source form, and the report of what they changed
``collation`` align the two witnesses of the 2022 paper and apply the reviewed decisions
``errata``    apply the reviewed single-witness corrections
``structure`` parse clean text into a document tree with stable ids
``export``    write the JSON and plain-text downloads
``build``     the command line that runs the stages and writes the outputs
"""
