"""Arabic/Persian/English text primitives shared by the stages."""
